using Repertoire.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The site's web root is the repository's top-level wwwroot/, shared with the widget.
    WebRootPath = WebRootLocator.Find(),
});

// Configure the content folder, its store and reloads
builder.Services.AddRepertoireContent();

// Configure Razor Pages with one URL per language
builder.Services.AddRepertoirePages();

// Configure the JSON API: problem documents, CORS, rate limit, OpenAPI
builder.Services.AddRepertoireApi();

var app = builder.Build();

// Configure error pages and security headers
app.UseRepertoireErrors();
app.UseSecurityHeaders();

// Configure static files (CSS, the widget)
app.UseStaticFiles();

// Configure the language cookie
app.UseLanguageMemory();

// Configure the JSON API (/api/v1, /api/hsds, /openapi) with its CORS, rate limit and ETags
app.MapRepertoireApi();

// Configure endpoints: language redirect, health, pages
app.MapLanguageRedirect();
app.MapHealth();
app.MapRazorPages();

app.Run();

/// <summary>The site's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
