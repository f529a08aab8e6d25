using Repertoire.Web.Api;
using Repertoire.Web.Cluster;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;
using Repertoire.Web.NeedsWatch;
using Repertoire.Web.Storage;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The site's web root is the repository's top-level wwwroot/, shared with the widget.
    WebRootPath = WebRootLocator.Find(),
});

// Configure logs a person can read: framework noise at Warning (appsettings.json), one line per request
builder.Logging.AddReadableHostErrors();

// Configure the content folder, its store and reloads
builder.Services.AddRepertoireContent();

// Configure Razor Pages with one URL per language
builder.Services.AddRepertoirePages();

// Configure where writable state lives: SQLite files by default, PostgreSQL when a connection string is given
builder.Services.AddRepertoireStorage();

// Configure a node of a cluster: shared keys, content reloads, forwarded headers from known proxies, HSTS
builder.Services.AddRepertoireCluster();

// Configure the staff workbench: accounts, cookie sign-in, decisions, the cached alignment
builder.Services.AddRepertoireStaff();

// Configure reports from the public site, the correction queue, verification and the audit trail
builder.Services.AddRepertoireCorrections();

// Configure the JSON API: problem documents, CORS, rate limit, OpenAPI
builder.Services.AddRepertoireApi();

// Configure response compression for slow connections
builder.Services.AddRepertoireCompression();

// Configure the clock of "open now", today's hours and freshness
builder.Services.AddListingFacts();

// Configure the search index, built in the background and rebuilt on content changes
builder.Services.AddRepertoireSearch();

// Configure the needs watch: anonymous search events, queued and written in the background
builder.Services.AddNeedsWatch();

var app = builder.Build();

// Configure the client's address and scheme from known proxies, and HSTS behind TLS
app.UseRepertoireCluster();

// Configure one log line per request (before the error pages, so that it sees every status and the whole duration)
app.UseRequestLog();

// Configure error pages (503 while the database is unreachable), security headers and compression
app.UseRepertoireErrors();
app.UseDatabaseOutagePages();
app.UseSecurityHeaders();
app.UseRepertoireCompression();

// Configure static files (CSS, the widget)
app.UseStaticFiles();

// Configure the language cookie
app.UseLanguageMemory();

// Configure the JSON API (/api/v1, /api/hsds, /openapi) with its CORS, rate limit and ETags
app.MapRepertoireApi();

// Configure staff sign-in: authentication, then authorization (after CORS)
app.UseRepertoireStaff();

// Configure endpoints: language redirect, health, pages
app.MapLanguageRedirect();
app.MapHealth();
app.MapSearch();
app.MapNeedsWatch();
app.MapRazorPages();

// Configure the alignment crosswalk endpoint
app.MapRepertoireStaff();

// Run: say where the site listens once ready; a port in use ends it with one clear line
return app.RunSite();

/// <summary>The site's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
