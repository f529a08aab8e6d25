using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Staff;
using Repertoire.Web.Api;
using Repertoire.Web.Staff;
using Repertoire.Web.Storage;

namespace Repertoire.Web.Infrastructure;

/// <summary>The staff workbench: accounts, cookie sign-in, decisions, the cached alignment and the crosswalk endpoint.</summary>
public static class StaffExtensions
{
    /// <summary>The staff cookie's name.</summary>
    public const string CookieName = "repertoire-staff";

    /// <summary>The workbench over the accounts and decisions of <see cref="StorageExtensions.AddRepertoireStorage"/>,
    /// cookie authentication, and
    /// authorization of every page under <c>/Staff</c> except the sign-in page.</summary>
    public static IServiceCollection AddRepertoireStaff(this IServiceCollection services)
    {
        services.AddOptions<WorkbenchOptions>().BindConfiguration("Repertoire:Alignment");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PasswordCheckGate>();
        services.AddSingleton<StaffAdministration>();
        services.AddSingleton<AlignmentWorkspace>();
        services.AddSingleton<SignInThrottle>();
        services.AddHostedService<AlignmentWarmupService>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/staff/sign-in";
            options.LogoutPath = "/staff/sign-out";
            options.AccessDeniedPath = "/staff/sign-in";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = StaffSession.ValidateAsync;
            options.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(options => options.AddPolicy(StaffSession.AdminPolicy, policy => policy.RequireRole(StaffSession.AdminRole)));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff");
            options.Conventions.AuthorizeFolder("/Staff/Admin", StaffSession.AdminPolicy);
            options.Conventions.AllowAnonymousToPage("/Staff/SignIn");
        });
        return services;
    }

    /// <summary>Reads the sign-in cookie, then enforces the pages' authorization (in that order).</summary>
    public static IApplicationBuilder UseRepertoireStaff(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The alignment endpoints.</summary>
    public static IEndpointRouteBuilder MapRepertoireStaff(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAlignmentApi();
        return endpoints;
    }

    // Pages redirect to the sign-in page; the API answers with a problem document instead of a redirect.
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Results.Problem(statusCode: status, title: status == 401 ? "Sign-in required" : "Forbidden").ExecuteAsync(context.HttpContext);
    }
}
