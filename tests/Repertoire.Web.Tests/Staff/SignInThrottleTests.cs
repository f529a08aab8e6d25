using Microsoft.Extensions.Options;
using Repertoire.Web.Staff;

namespace Repertoire.Web.Tests.Staff;

public sealed class SignInThrottleTests
{
    private static SignInThrottle Throttle(TimeProvider time, int perAddress = 3, int perAccount = 3) =>
        new(Options.Create(new WorkbenchOptions { MaxSignInFailures = perAddress, MaxSignInFailuresPerAccount = perAccount, SignInWindowMinutes = 15 }), time);

    [Fact]
    public void AccountIsLockedAfterFailuresFromManyAddresses()
    {
        var throttle = Throttle(TimeProvider.System, perAddress: 100);
        for (var i = 0; i < 3; i++) throttle.Failed($"10.0.0.{i}", "alice");

        Assert.True(throttle.IsLocked("10.0.0.99", "alice"));
        Assert.True(throttle.IsLocked("10.0.0.99", "ALICE"));
        Assert.False(throttle.IsLocked("10.0.0.99", "bob"));
    }

    [Fact]
    public void AnotherAccountsSuccessDoesNotResetTheAddress()
    {
        var throttle = Throttle(TimeProvider.System, perAccount: 100);
        throttle.Failed("10.0.0.1", "alice");
        throttle.Failed("10.0.0.1", "alice");
        throttle.Succeeded("mallory");
        throttle.Failed("10.0.0.1", "alice");

        Assert.True(throttle.IsLocked("10.0.0.1", "mallory"));
        Assert.True(throttle.IsLocked("10.0.0.1", "alice"));
    }

    [Fact]
    public void OwnSuccessForgetsOnlyThatAccountsFailures()
    {
        var throttle = Throttle(TimeProvider.System, perAddress: 100);
        for (var i = 0; i < 3; i++) throttle.Failed("10.0.0.1", "alice");
        throttle.Succeeded("alice");

        Assert.False(throttle.IsLocked("10.0.0.2", "alice"));
    }

    [Fact]
    public void FailuresExpireAfterTheWindow()
    {
        var time = new ManualClock { Now = DateTimeOffset.Parse("2026-12-06T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };
        var throttle = Throttle(time);
        for (var i = 0; i < 3; i++) throttle.Failed("10.0.0.1", "alice");
        Assert.True(throttle.IsLocked("10.0.0.1", "alice"));

        time.Now += TimeSpan.FromMinutes(16);

        Assert.False(throttle.IsLocked("10.0.0.1", "alice"));
    }
}
