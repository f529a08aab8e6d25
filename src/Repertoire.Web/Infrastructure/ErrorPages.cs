namespace Repertoire.Web.Infrastructure;

/// <summary>Status pages for visitors: a 404 in the visitor's language rather than an empty response.</summary>
public static class ErrorPages
{
    public static IApplicationBuilder UseRepertoireErrors(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
