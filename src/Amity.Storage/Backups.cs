using System.Diagnostics;
using Amity.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Amity.Storage;

/// <summary>
/// Consistent copies of the registry and their restoration. SQLite: <c>VACUUM INTO</c>, a transactionally
/// consistent copy taken while the server keeps running. PostgreSQL: <c>pg_dump</c> in its custom format and
/// <c>pg_restore</c> in one transaction. A copy is written beside its final name and moved there when complete,
/// so a file under that name is never half a backup.
/// </summary>
public static class Backups
{
    public static async Task BackupAsync(DatabaseTarget target, string file, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path))
        {
            throw new DomainException("file", $"{file} already exists; a backup never overwrites one");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".partial";
        File.Delete(partial);
        try
        {
            if (target.IsPostgres)
            {
                await RunAsync("pg_dump", target, ["--format=custom", "--no-owner", "--file", partial], cancellationToken);
            }
            else
            {
                await using var db = target.CreateContext();
                await db.Database.OpenConnectionAsync(cancellationToken);
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "VACUUM INTO $path";
                command.Parameters.Add(new SqliteParameter("$path", partial));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the registry with a backup, then brings it to the current schema (a backup from an older
    /// version is upgraded). The server must be stopped for a SQLite restore.
    /// </summary>
    public static async Task RestoreAsync(DatabaseTarget target, string file, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new DomainException("file", $"{file}: no such backup");
        }
        if (target.IsPostgres)
        {
            await RunAsync("pg_restore", target, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", path], cancellationToken);
        }
        else
        {
            CheckSqliteBackup(file, path);
            var destination = Path.GetFullPath(target.Value);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var incoming = destination + ".restoring";
            File.Copy(path, incoming, overwrite: true);
            SqliteConnection.ClearAllPools();
            // The old write-ahead log belongs to the old file: left beside the new one it would be replayed into it.
            File.Delete(destination + "-wal");
            File.Delete(destination + "-shm");
            File.Move(incoming, destination, overwrite: true);
        }
        await target.MigrateAsync(cancellationToken);
    }

    private static void CheckSqliteBackup(string file, string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            if (integrity.ExecuteScalar() as string != "ok")
            {
                throw new DomainException("file", $"{file} is damaged (SQLite's integrity check failed)");
            }
            using var history = connection.CreateCommand();
            history.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('__EFMigrationsHistory', 'Engagements')";
            if (Convert.ToInt32(history.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 2)
            {
                throw new DomainException("file", $"{file} is a SQLite database but not an Amity registry");
            }
        }
        catch (SqliteException e)
        {
            throw new DomainException("file", $"{file} is not a SQLite backup ({e.Message})");
        }
    }

    /// <summary>Runs pg_dump or pg_restore against the target's server; the password goes by environment, not argument.</summary>
    private static async Task RunAsync(string program, DatabaseTarget target, string[] arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--host", connection.Host ?? "localhost", "--port", $"{connection.Port}", "--dbname", connection.Database ?? "" }
            .Concat(connection.Username is { } user ? ["--username", user] : []).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DomainException("database", $"{program} is not installed (Debian: apt-get install postgresql-client)");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new DomainException("database", $"{program} failed: {(await error).Trim()}");
            }
        }
    }
}
