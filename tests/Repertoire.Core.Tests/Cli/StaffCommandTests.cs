using System.CommandLine;
using Repertoire.Cli;
using Repertoire.Core.Audit;

namespace Repertoire.Core.Tests.Cli;

public sealed class StaffCommandTests
{
    [Theory]
    [InlineData("marie", "court", "at least 12 characters")]
    [InlineData("marie", "onze-lettre", "at least 12 characters")]
    [InlineData("marie.dupont", "Marie.Dupont", "not be the user name")]
    public void WeakPasswordsAreRefused(string user, string password, string reason) =>
        Assert.Contains(reason, StaffCommand.PasswordProblem(user, password));

    [Fact]
    public void LongPasswordOtherThanTheNameIsAccepted() =>
        Assert.Null(StaffCommand.PasswordProblem("marie", "cheval-correct-agrafe"));

    [Fact]
    public void TheSiteDataFolderIsHonoured()
    {
        var data = Path.Combine(Path.GetTempPath(), "repertoire-data");

        Assert.Equal(Path.Combine(data, "staff.db"), StaffCommand.DatabasePath(null, null, data));
    }

    [Fact]
    public void ExplicitDataFolderWinsOverTheSiteSetting()
    {
        var explicitData = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "explicit"));

        Assert.Equal(Path.Combine(explicitData.FullName, "staff.db"), StaffCommand.DatabasePath(null, explicitData, "/elsewhere"));
    }

    [Fact]
    public void AccountChangesFromTheCommandLineAreAuditedLikeThoseOfTheWeb()
    {
        var data = Directory.CreateTempSubdirectory("repertoire-staff-cli-").FullName;
        try
        {
            Assert.Equal(0, Staff("cheval-correct-agrafe", "add", "marie", "--admin", "--data", data));
            Assert.Equal(0, Staff("cheval-correct-agrafe-2", "add", "marie", "--basin", "nord", "--data", data));
            Assert.Equal(0, Staff("", "remove", "marie", "--data", data));

            using var trail = new SqliteAuditTrail(Path.Combine(data, "corrections.db"));
            var entries = trail.Find(new AuditQuery { Kind = AuditSubject.Account, Subject = "marie", IncludeAccounts = true }).Reverse().ToList();
            Assert.Equal([AuditActions.AccountCreate, AuditActions.AccountPassword, AuditActions.AccountRole, AuditActions.AccountRemove],
                entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal("cli:" + Environment.UserName, e.Actor));
            Assert.Equal("admin", entries[0].After);
            Assert.Equal(("admin", "staff: nord"), (entries[2].Before, entries[2].After));
            Assert.Equal("staff: nord", entries[3].Before);
            // Never the password, nor its hash.
            Assert.All(entries, e => Assert.DoesNotContain("cheval", (e.Before ?? "") + (e.After ?? "")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    // The command reads the password from standard input, as `--password-stdin` does in a script.
    private static int Staff(string password, params string[] args)
    {
        var input = Console.In;
        Console.SetIn(new StringReader(password + "\n"));
        try
        {
            var root = new RootCommand { StaffCommand.Create() };
            var arguments = args[0] == "add" ? [.. args, "--password-stdin"] : args;
            return root.Parse(["staff", .. arguments]).Invoke(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });
        }
        finally
        {
            Console.SetIn(input);
        }
    }
}
