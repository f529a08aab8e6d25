namespace Repertoire.Web.Infrastructure;

/// <summary>Finds the repository's top-level <c>wwwroot/</c>, which is the site's web root.</summary>
public static class WebRootLocator
{
    /// <summary>
    /// The first <c>wwwroot</c> found beside a <c>Repertoire.sln</c> above the working directory or the
    /// application's folder; else <c>wwwroot</c> beside the application (a published copy).
    /// </summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Repertoire.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                    return Path.Combine(dir.FullName, "wwwroot");
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
