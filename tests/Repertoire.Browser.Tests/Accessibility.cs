using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Repertoire.Browser.Tests;

/// <summary>axe-core checks: a page passes when axe finds no serious or critical violation.</summary>
public static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is now and fails with a readable list of serious and critical violations.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var failures = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        if (failures.Count == 0) return;

        var report = new StringBuilder($"axe found {failures.Count} serious or critical violation(s) on {page.Url}:\n");
        foreach (var violation in failures)
        {
            report.Append($"- [{violation.Impact}] {violation.Id}: {violation.Help}\n");
            foreach (var node in violation.Nodes.Take(5))
                report.Append($"    {node.Target}: {Truncate(node.Html, 200)}\n");
        }
        Assert.Fail(report.ToString());
    }

    private static string Truncate(string? text, int length) =>
        text is null ? "" : text.Length <= length ? text : text[..length] + "…";
}
