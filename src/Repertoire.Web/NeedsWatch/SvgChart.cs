using System.Globalization;
using System.Net;
using System.Text;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// Bar charts drawn on the server as inline SVG, so the page and its printout need no script. Each bar shows all
/// searches, with the part that found no local offer drawn darker inside it. A count hidden from the public has
/// no bar, only its "fewer than k" label. The chart repeats a table that is on the page, so it is one labelled
/// image for screen readers (the table carries the numbers). Written by hand: a dozen shapes do not need a library.
/// </summary>
public static class SvgChart
{
    /// <summary>A bar: its label, all searches, and those without local offer (null: hidden, fewer than k).</summary>
    public sealed record Bar(string Label, int? Total, int? Unmet);

    private const int LabelWidth = 260;
    private const int BarHeight = 22;
    private const int Gap = 6;
    private const int Width = 720;

    /// <summary>One horizontal bar per row (the most searched needs).</summary>
    public static string Horizontal(IReadOnlyList<Bar> bars, string title, string hiddenLabel)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Select(b => b.Total ?? 0).DefaultIfEmpty().Max());
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var svg = Open(Width, height, title);
        var span = Width - LabelWidth - 60;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            svg.Append(Invariant($"<text class=\"chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + BarHeight * 0.7:0.#}\" text-anchor=\"end\">{Escape(Cut(bar.Label, 38))}</text>"));
            if (bar.Total is not { } total)
            {
                svg.Append(Invariant($"<text class=\"chart__value\" x=\"{LabelWidth + 4}\" y=\"{y + BarHeight * 0.7:0.#}\">{Escape(hiddenLabel)}</text>"));
                continue;
            }
            var w = span * total / (double)max;
            svg.Append(Invariant($"<rect class=\"chart__bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\"/>"));
            if (bar.Unmet is { } unmet && unmet > 0)
                svg.Append(Invariant($"<rect class=\"chart__bar chart__bar--unmet\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{span * unmet / (double)max:0.#}\" height=\"{BarHeight}\"/>"));
            svg.Append(Invariant($"<text class=\"chart__value\" x=\"{LabelWidth + w + 4:0.#}\" y=\"{y + BarHeight * 0.7:0.#}\">{total}</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One column per period (the weeks), left to right.</summary>
    public static string Columns(IReadOnlyList<Bar> columns, string title, string hiddenLabel)
    {
        ArgumentNullException.ThrowIfNull(columns);
        const int height = 240;
        const int bottom = 40;
        const int top = 16;
        var max = Math.Max(1, columns.Select(c => c.Total ?? 0).DefaultIfEmpty().Max());
        var svg = Open(Width, height, title);
        var slot = (Width - 40) / (double)Math.Max(1, columns.Count);
        var barWidth = Math.Max(2, slot * 0.7);
        var plot = height - bottom - top;
        svg.Append(Invariant($"<line class=\"chart__axis\" x1=\"30\" y1=\"{height - bottom}\" x2=\"{Width - 5}\" y2=\"{height - bottom}\"/>"));
        svg.Append(Invariant($"<text class=\"chart__value\" x=\"26\" y=\"{top + 4}\" text-anchor=\"end\">{max}</text>"));
        // Label every column when they fit, else every second or fourth.
        var every = columns.Count <= 14 ? 1 : columns.Count <= 28 ? 2 : 4;
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            var x = 36 + i * slot;
            if (c.Total is { } total)
            {
                var h = plot * total / (double)max;
                svg.Append(Invariant($"<rect class=\"chart__bar\" x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"/>"));
                if (c.Unmet is { } unmet && unmet > 0)
                {
                    var u = plot * unmet / (double)max;
                    svg.Append(Invariant($"<rect class=\"chart__bar chart__bar--unmet\" x=\"{x:0.#}\" y=\"{height - bottom - u:0.#}\" width=\"{barWidth:0.#}\" height=\"{u:0.#}\"/>"));
                }
            }
            else
            {
                svg.Append(Invariant($"<text class=\"chart__hidden\" x=\"{x + barWidth / 2:0.#}\" y=\"{height - bottom - 4}\" text-anchor=\"middle\">{Escape(hiddenLabel)}</text>"));
            }
            if (i % every == 0)
                svg.Append(Invariant($"<text class=\"chart__label\" x=\"{x + barWidth / 2:0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{Escape(c.Label)}</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int width, int height, string title) =>
        new StringBuilder().Append(Invariant(
            $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(title)}\" preserveAspectRatio=\"xMinYMin meet\"><title>{Escape(title)}</title>"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
