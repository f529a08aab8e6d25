using Microsoft.Playwright;
using Repertoire.Tests;

namespace Repertoire.Browser.Tests;

/// <summary>Saves full-page screenshots at desktop and phone widths to <c>artifacts/screenshots/</c>, for review.</summary>
public static class Screenshots
{
    /// <summary>The desktop viewport, 1280×900.</summary>
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 900 };

    /// <summary>The phone viewport, 390×844.</summary>
    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>The folder the PNGs go to, at the repository root.</summary>
    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    /// <summary>
    /// Saves <c>{name}-desktop.png</c> and <c>{name}-phone.png</c> of the page as it is now, then puts the
    /// viewport back as it was. Returns the two paths. A page opened without JavaScript passes
    /// <paramref name="javaScript"/> false: nothing can wait for its frames, and no script reacts to the new size.
    /// </summary>
    public static async Task<(string Desktop, string Phone)> SaveAsync(IPage page, string name, bool javaScript = true)
    {
        Directory.CreateDirectory(Folder);
        var before = page.ViewportSize is { } current ? (current.Width, current.Height) : (Desktop.Width, Desktop.Height);
        var desktop = await ShootAsync(page, name, "desktop", Desktop, javaScript);
        var phone = await ShootAsync(page, name, "phone", Phone, javaScript);
        await page.SetViewportSizeAsync(before.Item1, before.Item2);
        return (desktop, phone);
    }

    private static async Task<string> ShootAsync(IPage page, string name, string suffix, ViewportSize size, bool javaScript)
    {
        await page.SetViewportSizeAsync(size.Width, size.Height);
        // Let media-query listeners (the facets fold on phones) and layout settle: two frames, not a fixed delay.
        if (javaScript) await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var path = Path.Combine(Folder, $"{name}-{suffix}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
