using Repertoire.Core.Alignment;
using Repertoire.Core.Alignment.Decisions;
using Repertoire.Core.Alignment.Listings;
using Repertoire.Core.Alignment.Matching;
using static Repertoire.Core.Tests.Alignment.Records;

namespace Repertoire.Core.Tests.Alignment.Matching;

public sealed class AlignmentMatcherTests
{
    // A valid KBO number shared by every site of a (made-up) CPAS.
    private const string CpasKbo = "0212.347.945";

    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static (string Bs, string Sk, AlignmentStatus Status)[] Pairs(AlignmentResult result) =>
        result.Proposals.Select(p => (p.BruxellesSocial.Id, p.SocialeKaart.Id, p.Status)).ToArray();

    [Fact]
    public void MultiSiteOrganisationPairsSiteWithSite()
    {
        DirectoryRecord[] bs =
        [
            Bs("1", "CPAS de Schaerbeek - Antenne Terdelt", "Rue Royale Sainte-Marie", "Koninklijke Sint-Mariastraat", "218", "1030", CpasKbo, "02/495.65.01", web: "cpas-schaerbeek.brussels", lat: 50.8590, lon: 4.3698),
            Bs("2", "CPAS de Schaerbeek - Antenne Helmet", "Chaussée de Helmet", "Helmetsesteenweg", "100", "1030", CpasKbo, "02/495.65.20", web: "cpas-schaerbeek.brussels", lat: 50.8705, lon: 4.3790),
            Bs("3", "CPAS de Schaerbeek - Antenne Reyers", "Boulevard Auguste Reyers", "Auguste Reyerslaan", "70", "1030", CpasKbo, "02/495.65.30", web: "cpas-schaerbeek.brussels", lat: 50.8512, lon: 4.4009),
        ];
        DirectoryRecord[] sk =
        [
            Sk("h", "Sociale antenne Helmet (OCMW Schaarbeek)", "Steenweg op Helmet", "100", "1030", "BE0212347945", "+32 2 495 65 20", web: "https://cpas-schaerbeek.brussels/nl", lat: 50.8706, lon: 4.3792),
            Sk("t", "Sociale antenne Terdelt (OCMW Schaarbeek)", "Koninklijke Sint-Mariastraat", "218 bus 1", "1030", "0212347945", "+3224956501", web: "https://cpas-schaerbeek.brussels", lat: 50.8586, lon: 4.3692),
        ];

        var result = new AlignmentMatcher().Align(bs, sk);

        var published = Pairs(result).Where(p => p.Status == AlignmentStatus.Auto).Select(p => (p.Bs, p.Sk)).Order().ToArray();
        Assert.Equal([("1", "t"), ("2", "h")], published);
        Assert.Equal(["3"], result.OnlyBruxellesSocial.Select(r => r.Id));
    }

    [Fact]
    public void LookAlikeNamesInDifferentCommunesDoNotPair()
    {
        DirectoryRecord[] bs =
        [
            Bs("10", "Maison médicale Le Gué", "Rue Haute", "Hoogstraat", "120", "1000", lat: 50.8385, lon: 4.3475),
            Bs("11", "Maison médicale Le Gué", "Chaussée d'Alsemberg", "Alsembergsesteenweg", "800", "1180", phone: "02 344 55 66", lat: 50.8030, lon: 4.3330),
        ];
        DirectoryRecord[] sk = [Sk("g", "Wijkgezondheidscentrum Le Gué", "Alsembergsesteenweg", "800", "1180", phone: "+32 2 344 55 66", lat: 50.8031, lon: 4.3332)];

        var result = new AlignmentMatcher().Align(bs, sk);

        var auto = Assert.Single(result.WithStatus(AlignmentStatus.Auto));
        Assert.Equal(("11", "g"), (auto.BruxellesSocial.Id, auto.SocialeKaart.Id));
        Assert.DoesNotContain(result.Proposals, p => p.BruxellesSocial.Id == "10");
    }

    [Fact]
    public void SameAddressOtherOrganisationIsNotPublished()
    {
        DirectoryRecord[] bs = [Bs("20", "Service d'aide aux familles Les Tilleuls", "Rue Malibran", "Malibranstraat", "18", "1050", "0859.360.018", "02 258 20 60", "info@tilleuls.example", lat: 50.8292, lon: 4.3699)];
        DirectoryRecord[] sk = [Sk("x", "Jeugdhuis De Vlieger", "Malibranstraat", "18", "1050", "0203.201.340", "02 640 11 22", "post@vlieger.example", lat: 50.8292, lon: 4.3698)];

        var result = new AlignmentMatcher().Align(bs, sk);

        Assert.Empty(result.WithStatus(AlignmentStatus.Auto));
    }

    [Fact]
    public void TwoServicesAtOneAddressMakeTheMatchAReviewNotAuto()
    {
        DirectoryRecord[] bs =
        [
            Bs("30", "Centre de services local Kadans", "Avenue Hippocrate", "Hippocrateslaan", "50", "1200", phone: "02/751.19.72", lat: 50.8534, lon: 4.4525),
            Bs("31", "Centre de services local Kadans", "Avenue Hippocrate", "Hippocrateslaan", "50", "1200", phone: "02/751.19.72", lat: 50.8534, lon: 4.4525),
        ];
        DirectoryRecord[] sk = [Sk("k", "Lokaal Dienstencentrum Kadans", "Hippocrateslaan", "50", "1200", phone: "+32 2 751 19 72", lat: 50.8533, lon: 4.4529)];

        var result = new AlignmentMatcher().Align(bs, sk);

        Assert.Empty(result.WithStatus(AlignmentStatus.Auto));
        Assert.Equal(2, result.WithStatus(AlignmentStatus.Review).Count());
    }

    [Fact]
    public void DepartmentOfTheOrganisationAtItsAddressIsOnlyProposedForReview()
    {
        DirectoryRecord[] bs = [Bs("35", "CPAS de Koekelberg - Cellule énergie", "Rue François Delcoigne", "François Delcoignestraat", "39", "1081", "0259.244.376", "02/475.63.65", web: "https://www.cpaskoekelberg.example", lat: 50.8608, lon: 4.3290)];
        DirectoryRecord[] sk = [Sk("o", "OCMW Koekelberg", "François Delcoignestraat", "39", "1081", "0259244376", web: "http://www.cpaskoekelberg.example/", lat: 50.8608, lon: 4.3291)];

        var proposal = Assert.Single(new AlignmentMatcher().Align(bs, sk).Proposals);

        Assert.True(proposal.Evidence.DepartmentNames);
        Assert.True(proposal.Score >= AlignmentOptions.Default.AutoThreshold, "KBO, address and site agree");
        Assert.Equal(AlignmentStatus.Review, proposal.Status);
    }

    [Fact]
    public void DepartmentSharingItsOwnPhoneIsPublished()
    {
        DirectoryRecord[] bs = [Bs("36", "CPAS de Koekelberg - Cellule énergie", "Rue François Delcoigne", "François Delcoignestraat", "39", "1081", "0259.244.376", "02/475.63.65", lat: 50.8608, lon: 4.3290)];
        DirectoryRecord[] sk = [Sk("p", "OCMW Koekelberg", "François Delcoignestraat", "39", "1081", "0259244376", "+32 2 475 63 65", lat: 50.8608, lon: 4.3291)];

        Assert.Equal(AlignmentStatus.Auto, Assert.Single(new AlignmentMatcher().Align(bs, sk).Proposals).Status);
    }

    [Fact]
    public void RejectedPairIsNeverProposedAgain()
    {
        DirectoryRecord[] bs = [Bs("40", "Jeugdhuis Scharnier", "Rue Saint-Lambert", "Sint-Lambertusstraat", "188", "1200", "0852.939.707", "02/832.20.94", lat: 50.8449, lon: 4.4223)];
        DirectoryRecord[] sk = [Sk("s", "Jeugdhuis Scharnier", "Sint-Lambertusstraat", "188", "1200", "BE0852939707", "+32 2 832 20 94", lat: 50.8449, lon: 4.4224)];
        var matcher = new AlignmentMatcher();
        Assert.Equal(AlignmentStatus.Auto, Assert.Single(matcher.Align(bs, sk).Proposals).Status);

        var rejected = new AlignmentDecision("40", "s", DecisionVerdict.Rejected, "two different youth centres", "anne", Monday);
        var result = matcher.Align(bs, sk, [rejected]);

        var proposal = Assert.Single(result.Proposals);
        Assert.Equal(AlignmentStatus.Rejected, proposal.Status);
        Assert.Same(rejected, proposal.Decision);
        Assert.Equal(["40"], result.OnlyBruxellesSocial.Select(r => r.Id));
        Assert.Equal(["s"], result.OnlySocialeKaart.Select(r => r.Id));
    }

    [Fact]
    public void RejectingTheBestPairLetsTheRecordPairWithItsNextCandidate()
    {
        DirectoryRecord[] bs = [Bs("50", "Restaurant social Ariadne", "Boulevard d'Anvers", "Antwerpselaan", "18", "1000", phone: "02/231.37.80", lat: 50.8594, lon: 4.3532)];
        DirectoryRecord[] sk =
        [
            Sk("a", "Sociaal restaurant Ariadne", "Antwerpselaan", "18", "1000", phone: "+32 2 231 37 80", lat: 50.8597, lon: 4.3535),
            Sk("b", "Sociaal restaurant Ariadne - keuken", "Antwerpselaan", "18", "1000", lat: 50.8597, lon: 4.3535),
        ];
        var result = new AlignmentMatcher().Align(bs, sk, [new AlignmentDecision("50", "a", DecisionVerdict.Rejected, null, "anne", Monday)]);

        Assert.DoesNotContain(result.Proposals, p => p.SocialeKaart.Id == "a" && p.Status != AlignmentStatus.Rejected);
        Assert.Contains(result.Proposals, p => p.SocialeKaart.Id == "b" && p.Status is AlignmentStatus.Auto or AlignmentStatus.Review);
    }

    [Fact]
    public void ConfirmedPairIsFixedBeforeTheAssignment()
    {
        DirectoryRecord[] bs =
        [
            Bs("60", "Maison de repos Le Moulin", "Rue Jean Paquot", "Jean Paquotstraat", "21", "1050", phone: "02/717 40 98", lat: 50.8263, lon: 4.3780),
            Bs("61", "Résidence Le Moulin", "Rue Jean Paquot", "Jean Paquotstraat", "21", "1050", phone: "02/717 40 98", lat: 50.8263, lon: 4.3780),
        ];
        DirectoryRecord[] sk = [Sk("m", "Woonzorgcentrum Le Moulin", "Jean Paquotstraat", "21", "1050", phone: "+32 2 717 40 98", lat: 50.8263, lon: 4.3781)];
        var confirmed = new AlignmentDecision("61", "m", DecisionVerdict.Confirmed, null, "bert", Monday);

        var result = new AlignmentMatcher().Align(bs, sk, [confirmed]);

        var first = result.Proposals[0];
        Assert.Equal(("61", "m", AlignmentStatus.Confirmed), (first.BruxellesSocial.Id, first.SocialeKaart.Id, first.Status));
        Assert.DoesNotContain(result.Proposals, p => p.BruxellesSocial.Id == "60" && p.Status == AlignmentStatus.Auto);
        Assert.Single(result.Proposals, p => p.SocialeKaart.Id == "m" && p.Status is AlignmentStatus.Auto or AlignmentStatus.Confirmed);
    }

    [Fact]
    public void RecordsAPersonPairedAreNoRivalsForTheOthers()
    {
        DirectoryRecord[] bs =
        [
            Bs("60", "Maison de repos Le Moulin", "Rue Jean Paquot", "Jean Paquotstraat", "21", "1050", phone: "02/717 40 98", lat: 50.8263, lon: 4.3780),
            Bs("61", "Maison de repos Le Moulin", "Rue Jean Paquot", "Jean Paquotstraat", "21", "1050", phone: "02/717 40 98", lat: 50.8263, lon: 4.3780),
        ];
        DirectoryRecord[] sk =
        [
            Sk("m", "Woonzorgcentrum Le Moulin", "Jean Paquotstraat", "21", "1050", phone: "+32 2 717 40 98", lat: 50.8263, lon: 4.3781),
            Sk("n", "Woonzorgcentrum Le Moulin", "Jean Paquotstraat", "21", "1050", phone: "+32 2 717 40 98", lat: 50.8263, lon: 4.3781),
        ];
        var matcher = new AlignmentMatcher();
        Assert.Empty(matcher.Align(bs, sk).WithStatus(AlignmentStatus.Auto));

        var result = matcher.Align(bs, sk, [new AlignmentDecision("61", "m", DecisionVerdict.Confirmed, null, "bert", Monday)]);

        Assert.Equal(AlignmentStatus.Auto, result.Find("60", "n")!.Status);
    }

    [Fact]
    public void EvidenceAndConflictsExplainThePair()
    {
        DirectoryRecord[] bs = [Bs("70", "Maison médicale Cosmopolis", "Rue Malibran", "Malibranstraat", "18", "1050", "0859 360 018", "02 258 20 60", "admin@cosmopolis.example", lat: 50.82919, lon: 4.36990)];
        DirectoryRecord[] sk = [Sk("c", "Wijkgezondheidscentrum Cosmopolis (Elsene)", "Malibranstraat", "18", "1050", "0859.360.018", "02/258.20.61", "admin@cosmopolis.example", lat: 50.82923, lon: 4.36975)];

        var proposal = Assert.Single(new AlignmentMatcher().Align(bs, sk).Proposals);

        Assert.Equal(AlignmentStatus.Auto, proposal.Status);
        Assert.Equal(1.0, proposal.Evidence.Kbo);
        Assert.Equal(1.0, proposal.Evidence.Address);
        Assert.Equal(0.5, proposal.Evidence.Phone);
        Assert.True(proposal.Evidence.DistanceMetres < 20);
        var conflict = Assert.Single(proposal.Conflicts);
        Assert.Equal(new FieldConflict("phone", "02 258 20 60", "02/258.20.61"), conflict);
    }

    [Fact]
    public void PublishedPairLinksToTheListingByExternalIdThenKboAndAddressThenNameAndPostcode()
    {
        DirectoryRecord[] bs =
        [
            Bs("80", "Jeugdhuis Elzenhof", "Rue de la Régence", null, "2", "1000", phone: "02/660 97 16", lat: 50.8403, lon: 4.3559),
            Bs("81", "CPAS de Schaerbeek - Antenne Terdelt", "Rue Royale Sainte-Marie", "Koninklijke Sint-Mariastraat", "218", "1030", CpasKbo, "02/495.65.01", lat: 50.8590, lon: 4.3698),
            Bs("82", "Centre d'alphabétisation Nomades", "Place Communale", "Gemeenteplein", "3", "1080", phone: "02/692.81.78", lat: 50.8550, lon: 4.3394),
        ];
        DirectoryRecord[] sk =
        [
            Sk("e", "Jeugdhuis Elzenhof", "Regentschapsstraat", "2", "1000", phone: "0032 2 6609716", lat: 50.8405, lon: 4.3564),
            Sk("t", "Sociale antenne Terdelt", "Koninklijke Sint-Mariastraat", "218", "1030", CpasKbo, "+3224956501", lat: 50.8586, lon: 4.3692),
            Sk("n", "Alfabetiseringscentrum Nomades vzw", "Place Communale", "3", "1080", phone: "+32 2 692 81 78", lat: 50.8549, lon: 4.3396),
        ];
        ListingReference[] listings =
        [
            new("elzenhof", null, null, "e", ["Jeugdhuis Elzenhof"], "1000", null, null),
            new("cpas-schaerbeek-reyers", CpasKbo, null, null, ["CPAS de Schaerbeek"], "1030", "Boulevard Auguste Reyers", "70"),
            new("cpas-schaerbeek-terdelt", CpasKbo, null, null, ["CPAS de Schaerbeek - Terdelt"], "1030", "Rue Royale Sainte-Marie", "218"),
            new("nomades", null, null, null, ["Centre d'alphabétisation Nomades", "Alfabetiseringscentrum Nomades"], "1080", null, null),
        ];

        var result = new AlignmentMatcher().Align(bs, sk, listings: listings);

        Assert.Equal("elzenhof", result.Find("80", "e")!.Repertoire);
        Assert.Equal("cpas-schaerbeek-terdelt", result.Find("81", "t")!.Repertoire);
        Assert.Equal("nomades", result.Find("82", "n")!.Repertoire);
    }
}
