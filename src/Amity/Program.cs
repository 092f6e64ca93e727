using Amity.Cli;

return await AmityCommand.RunAsync(args);

// Visible to the tests' WebApplicationFactory<Program>.
public partial class Program;
