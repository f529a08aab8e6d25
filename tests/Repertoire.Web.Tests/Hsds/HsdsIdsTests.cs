using Repertoire.Web.Hsds;

namespace Repertoire.Web.Tests.Hsds;

public sealed class HsdsIdsTests
{
    [Fact]
    public void NameBasedMatchesTheRfcVersion5Algorithm()
    {
        // The DNS namespace of RFC 9562 and the value Python's uuid.uuid5(NAMESPACE_DNS, "python.org") gives.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), HsdsIds.NameBased(dns, "python.org"));
    }

    [Fact]
    public void SameListingGivesSameIdEveryTime() =>
        Assert.Equal(HsdsIds.For("organization", "brusano"), HsdsIds.For("organization", "brusano"));

    [Fact]
    public void TypeAndListingBothChangeTheId()
    {
        var ids = new[] { HsdsIds.For("organization", "a"), HsdsIds.For("service", "a"), HsdsIds.For("organization", "b") };
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void IdsAreVersion5Rfc4122Variant()
    {
        var text = HsdsIds.For("service", "brusano").ToString();
        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
