using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Tests.Alignment.Normalisation;

public sealed class ContactNormaliserTests
{
    [Theory]
    [InlineData("Admin@Cosmopolis.be", "admin@cosmopolis.be")]
    [InlineData(" mailto:info@cawbrussel.be ", "info@cawbrussel.be")]
    public void EmailIsTrimmedAndLowerCased(string text, string expected) => Assert.Equal(expected, ContactNormaliser.Email(text));

    [Fact]
    public void EmailWithoutAtIsNull() => Assert.Null(ContactNormaliser.Email("cosmopolis.be"));

    [Theory]
    [InlineData("https://www.cosmopolis.be/", "cosmopolis.be")]
    [InlineData("http://www.kadans.be/nl", "kadans.be")]
    [InlineData("www.vanlint.org", "vanlint.org")]
    [InlineData("HTTPS://Planning-Auderghem.be/nl?x=1", "planning-auderghem.be")]
    public void WebDomainDropsSchemeWwwAndPath(string url, string expected) => Assert.Equal(expected, ContactNormaliser.WebDomain(url));

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("skynet.be")]
    [InlineData("facebook.com")]
    [InlineData("m.facebook.com")]
    public void MailProvidersAndPlatformsAreShared(string domain) => Assert.True(ContactNormaliser.IsSharedDomain(domain));

    [Fact]
    public void OrganisationDomainIsNotShared() => Assert.False(ContactNormaliser.IsSharedDomain("cpas-schaerbeek.brussels"));
}
