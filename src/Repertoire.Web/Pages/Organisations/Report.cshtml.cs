using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Repertoire.Core.Corrections;
using Repertoire.Core.Records;
using Repertoire.Web.Corrections;
using Repertoire.Web.Infrastructure;

namespace Repertoire.Web.Pages.Organisations;

/// <summary>
/// "Signaler une erreur" / "Een fout melden": a visitor says which field of a listing is wrong and what the right
/// value is; no account needed. The form is throttled per address, has a honeypot field robots fill in, limits every
/// field's length and the request's size, and stores the text as typed (control characters dropped). It is shown to
/// staff as text, never as HTML.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(ValueLengthLimit = MaxRequestBytes, KeyLengthLimit = 100, ValueCountLimit = 20)]
public sealed class Report(ContentStore store, ICorrectionStore corrections, ReportThrottle throttle, ListingEditor editor,
    ILogger<Report> logger) : LocalizedPageModel
{
    /// <summary>The whole form is a few kilobytes; a bigger request is refused before it is read (413).</summary>
    public const int MaxRequestBytes = 16 * 1024;

    public const int MaxProblemLength = 2000;
    public const int MaxProposedLength = 1000;
    public const int MaxEmailLength = 254;

    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty]
    public string? Proposed { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots. A filled one is thanked and dropped.</summary>
    [BindProperty(Name = "website")]
    public string? Website { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public Organisation Listing { get; private set; } = default!;

    public string ListingName { get; private set; } = "";

    /// <summary>What is wrong with the form, per field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IActionResult OnGet(string id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPost(string id)
    {
        if (!Load(id)) return NotFound();
        if (!string.IsNullOrEmpty(Website)) return Thanks(id);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var field = CorrectionField.Find(Field);
        var problem = ReportText.Clean(Problem);
        var proposed = ReportText.Clean(Proposed);
        var email = ReportText.Clean(Email);
        if (field is null) Errors[nameof(Field)] = Text["report.error.field"];
        if (problem.Length == 0 && proposed.Length == 0) Errors[nameof(Problem)] = Text["report.error.empty"];
        if (problem.Length > MaxProblemLength) Errors[nameof(Problem)] = Text.Format("report.error.long", ("MAX", MaxProblemLength));
        if (proposed.Length > MaxProposedLength) Errors[nameof(Proposed)] = Text.Format("report.error.long", ("MAX", MaxProposedLength));
        if (email.Length > 0 && (email.Length > MaxEmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email))
            Errors[nameof(Email)] = Text["report.error.email"];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!throttle.TryTake(client))
        {
            Errors[""] = Text["report.error.throttled"];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "600";
            return Page();
        }
        var document = editor.Read(Listing);
        var correction = corrections.Submit(new Correction
        {
            ListingId = Listing.Id,
            Basin = Listing.Site.Basin,
            Field = field!.Id,
            Language = Lang.Code(),
            Problem = problem,
            Proposed = proposed,
            Email = email.Length == 0 ? null : email,
            CurrentAtReport = document is null ? null : field.Current(document, Lang.Code()),
        });
        logger.LogInformation("Correction {Id} reported on {Listing} ({Field})", correction.Id, Listing.Id, field.Id);
        return Thanks(id);
    }

    // Post/redirect/get: reloading the thank-you page sends nothing twice.
    private IActionResult Thanks(string id) => Redirect(UrlOf(id, Lang) + "?sent=true");

    /// <summary>The form's URL in a language, e.g. <c>/nl/organisaties/cass-schaerbeek/melden</c>.</summary>
    public static string UrlOf(string id, Language lang) => LocalizedRoutes.ListingPath(id, lang) + (lang == Language.Nl ? "/melden" : "/signaler");

    private bool Load(string id)
    {
        if (store.Current.Find(id) is not { } listing) return false;
        Listing = listing;
        ListingName = listing.DisplayName(Lang);
        Title = Text.Format("report.title", ("NAME", ListingName));
        // The page echoes what was typed and carries a token: keep it out of caches and search engines (the
        // antiforgery token's own value, so that it does not warn about overriding ours).
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return true;
    }
}
