using Repertoire.Cli;

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
}
