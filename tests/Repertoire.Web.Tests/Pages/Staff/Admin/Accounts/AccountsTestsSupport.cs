using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Web.Tests.Corrections;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Pages.Staff.Admin.Accounts;

/// <summary>Shared steps of the account page tests, on <see cref="CorrectionsFixture"/> (ada is the administrator).</summary>
internal static class AccountsTestsSupport
{
    public const string NewPassword = "a brand new and long password";

    public static IStaffAccountStore Accounts(this WorkbenchApplication app) => app.Services.GetRequiredService<IStaffAccountStore>();

    /// <summary>The account entries of the audit trail, newest first.</summary>
    public static IReadOnlyList<AuditEntry> AccountEntries(this WorkbenchApplication app) =>
        app.Audit().Find(new AuditQuery { Kind = AuditSubject.Account, IncludeAccounts = true });

    /// <summary>Posts an account page's form as the signed-in client, with the token of the page itself.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields) =>
        WorkbenchApplication.PostFormAsync(client, "/staff/admin/accounts", url, fields);

    public static string Edit(string name, string handler) => $"/staff/admin/accounts/edit?name={Uri.EscapeDataString(name)}&handler={handler}";
}
