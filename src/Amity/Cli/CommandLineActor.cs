using Amity.Storage;

namespace Amity.Cli;

internal static class CommandLineActor
{
    /// <summary>Changes made by a command are recorded against the operating-system user who ran it.</summary>
    public static AmityDb ForCommandLine(this AmityDb db)
    {
        db.Actor = $"{Environment.UserName} (command line)";
        return db;
    }
}
