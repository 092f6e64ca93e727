using System.CommandLine;
using Amity.Domain;
using Amity.Features.Accounts;
using Spectre.Console;

namespace Amity.Cli;

/// <summary>`amity users add|list|disable|enable|set-role|password|token`: accounts from the command line.</summary>
internal static class UserCommands
{
    public static Command Create()
    {
        var command = new Command("users", "Manage the accounts that sign in to Amity.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("disable", "Disable an account: it can no longer sign in or use its tokens.", (a, _) => a.Disable()));
        command.Subcommands.Add(Change("enable", "Enable a disabled account again.", (a, _) => a.Enable()));
        command.Subcommands.Add(SetRole());
        command.Subcommands.Add(Password());
        command.Subcommands.Add(Token());
        return command;
    }

    private static Argument<string> UserName() => new("user") { Description = "The account's user name" };

    private static Option<string> RoleOption(bool required) => new("--role")
    {
        Description = "viewer, editor, reviewer or administrator",
        Required = required,
        DefaultValueFactory = required ? null! : _ => "viewer",
    };

    /// <summary>A password from standard input when asked for (scripts), else a generated one printed once.</summary>
    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "Read the password from standard input instead of generating one" };

    private static string PasswordFrom(ParseResult parse) =>
        parse.GetValue(PasswordStdin) ? (Console.In.ReadLine() ?? "").TrimEnd('\r', '\n') : Accounts.NewPassword();

    private static Command Add()
    {
        var user = UserName();
        var role = RoleOption(required: false);
        var cleared = new Option<bool>("--cleared") { Description = "May see records marked restricted" };
        var command = new Command("add", "Add an account; prints its generated password once.");
        command.Arguments.Add(user);
        command.Options.Add(role);
        command.Options.Add(cleared);
        command.Options.Add(PasswordStdin);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var password = PasswordFrom(parse);
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            var account = await Accounts.AddAsync(db, parse.GetValue(user)!, Codes.Parse<Role>(parse.GetValue(role)!, "--role"), password,
                DateTime.UtcNow, cleared: parse.GetValue(cleared), cancellationToken: cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Added [bold]{account.UserName}[/] ({Codes.Of(account.Role)}).");
            if (!parse.GetValue(PasswordStdin))
            {
                AnsiConsole.MarkupLineInterpolated($"Password (shown once): [bold]{password}[/]");
            }
            return 0;
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the accounts with their roles and state.");
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext();
            var table = new Table().AddColumns("user", "role", "cleared", "state", "last signed in", "tokens in use");
            foreach (var a in db.Accounts.OrderBy(a => a.UserName).Select(a => new { a.UserName, a.Role, a.Cleared, a.Disabled, a.LastSignIn, Tokens = a.Tokens.Count(t => t.Revoked == null && t.Expires > DateTime.UtcNow) }))
            {
                table.AddRow(Markup.Escape(a.UserName), Codes.Of(a.Role), a.Cleared ? "yes" : "no", a.Disabled ? "disabled" : "active",
                    a.LastSignIn?.ToString("yyyy-MM-dd HH:mm") ?? "never", $"{a.Tokens}");
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Change(string name, string description, Action<Account, ParseResult> change, params Option[] options)
    {
        var user = UserName();
        var command = new Command(name, description);
        command.Arguments.Add(user);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            var account = await Accounts.FindAsync(db, parse.GetValue(user)!, cancellationToken);
            change(account, parse);
            await db.SaveChangesAsync(cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"{account.UserName}: {Codes.Of(account.Role)}, {(account.Disabled ? "disabled" : "active")}.");
            return 0;
        }));
        return command;
    }

    private static Command SetRole()
    {
        var role = RoleOption(required: true);
        return Change("set-role", "Give an account another role; its sessions end.", (a, parse) => a.SetRole(Codes.Parse<Role>(parse.GetValue(role)!, "--role")), role);
    }

    private static Command Password() =>
        Change("password", "Set a new password (generated and printed once, or --password-stdin); its sessions end.", (a, parse) =>
        {
            var password = PasswordFrom(parse);
            Accounts.ResetPassword(a, password);
            if (!parse.GetValue(PasswordStdin))
            {
                AnsiConsole.MarkupLineInterpolated($"Password (shown once): [bold]{password}[/]");
            }
        }, PasswordStdin);

    private static Command Token()
    {
        var user = UserName();
        var name = new Option<string>("--name") { Description = "What the token is for", Required = true };
        var days = new Option<int>("--days") { Description = "Days until it expires (1 to 366)", DefaultValueFactory = _ => 90 };
        var command = new Command("token", "Make a personal API token for an account; prints it once.");
        command.Arguments.Add(user);
        command.Options.Add(name);
        command.Options.Add(days);
        command.SetAction((parse, cancellationToken) => AmityCommand.Guarded(async () =>
        {
            var database = AmityCommand.Database(parse);
            await database.MigrateAsync(cancellationToken);
            await using var db = database.CreateContext().ForCommandLine();
            var account = await Accounts.FindAsync(db, parse.GetValue(user)!, cancellationToken);
            var issued = await Accounts.IssueTokenAsync(db, account, parse.GetValue(name)!, DateTime.UtcNow, parse.GetValue(days), cancellationToken);
            await Console.Out.WriteLineAsync(issued.Secret);
            await Console.Error.WriteLineAsync($"Token '{issued.Token.Name}' for {account.UserName}, expires {issued.Token.Expires:yyyy-MM-dd}; it is not shown again.");
            return 0;
        }));
        return command;
    }
}
