using Amity.Cli;

return await AmityCommand.RunAsync(args);
