using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Core.Audit;
using Repertoire.Core.Corrections;
using Repertoire.Tests;
using Repertoire.Web.Tests.Staff;

namespace Repertoire.Web.Tests.Corrections;

/// <summary>The site on a writable copy of the fixture content, with three more accounts: <see cref="Nord"/> works
/// on basin nord-est (the Schaerbeek listing), <see cref="Centre"/> on centre-ouest only, <see cref="Admin"/> is an
/// administrator. Reports are not throttled unless a test says so.</summary>
internal static class CorrectionsFixture
{
    public const string Listing = "epicerie-test-schaerbeek";
    public const string ListingBasin = "nord-est";
    public const string Nord = "nora";
    public const string Centre = "cesar";
    public const string Admin = "ada";
    public const string Password = "a long enough password";

    public static WorkbenchApplication Create(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Repertoire:Corrections:MaxReportsPerClient"] = "100000" };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = new WorkbenchApplication(withExports: false, contentPath: TestPaths.CopyToTemp(TestPaths.FixtureContent), settings: all);
        var accounts = app.Services.GetRequiredService<IStaffAccountStore>();
        accounts.Add(Nord, Password, basins: [ListingBasin]);
        accounts.Add(Centre, Password, basins: ["centre-ouest"]);
        accounts.Add(Admin, Password, isAdmin: true);
        return app;
    }

    public static ICorrectionStore Corrections(this WorkbenchApplication app) => app.Services.GetRequiredService<ICorrectionStore>();

    public static IAuditTrail Audit(this WorkbenchApplication app) => app.Services.GetRequiredService<IAuditTrail>();

    public static string ListingFile(this WorkbenchApplication app) => Path.Combine(app.ContentPath, "organisations", Listing + ".md");

    public static async Task<HttpClient> SignedInAsync(this WorkbenchApplication app, string user)
    {
        var client = app.CreateBrowserlessClient();
        var response = await WorkbenchApplication.SignInAsync(client, user, user == WorkbenchApplication.UserName ? WorkbenchApplication.Password : Password);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in of {user} answered {response.StatusCode}");
        return client;
    }

    /// <summary>Posts the French report form of a listing.</summary>
    public static Task<HttpResponseMessage> ReportAsync(HttpClient client, Dictionary<string, string> fields, string listing = Listing, string url = "/fr/organisations/{0}/signaler") =>
        WorkbenchApplication.PostFormAsync(client, string.Format(System.Globalization.CultureInfo.InvariantCulture, url, listing),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, url, listing), fields);

    /// <summary>Stores a report directly, as the form does.</summary>
    public static Correction Submit(this WorkbenchApplication app, string field = "phones", string proposed = "02 999 99 99", string listing = Listing, string? basin = ListingBasin) =>
        app.Corrections().Submit(new Correction { ListingId = listing, Basin = basin, Field = field, Language = "fr", Problem = "wrong", Proposed = proposed });
}
