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

// Configure the staff workbench: accounts, cookie sign-in, decisions, the cached alignment
builder.Services.AddRepertoireStaff();

var app = builder.Build();

// Configure error pages and security headers
app.UseRepertoireErrors();
app.UseSecurityHeaders();

// Configure static files (CSS, the widget)
app.UseStaticFiles();

// Configure the language cookie
app.UseLanguageMemory();

// Configure staff sign-in: authentication, then authorization
app.UseRepertoireStaff();

// Configure endpoints: language redirect, health, pages
app.MapLanguageRedirect();
app.MapHealth();
app.MapRazorPages();

// Configure the alignment crosswalk endpoint
app.MapRepertoireStaff();

app.Run();

/// <summary>The site's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
