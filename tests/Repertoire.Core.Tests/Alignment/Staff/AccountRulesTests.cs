using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Core.Tests.Alignment.Staff;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("eleven char", AccountProblem.PasswordTooShort)]
    [InlineData("twelve chars", AccountProblem.None)]
    [InlineData("correct horse battery staple", AccountProblem.None)]
    // No composition rule: length alone makes a password acceptable, spaces and any script included.
    [InlineData("aaaaaaaaaaaa", AccountProblem.None)]
    [InlineData("nora.janssens", AccountProblem.PasswordIsUserName)]
    [InlineData(" NORA.JANSSENS ", AccountProblem.PasswordIsUserName)]
    [InlineData("nora.janssens!", AccountProblem.None)]
    [InlineData("", AccountProblem.PasswordTooShort)]
    public void PasswordRule(string password, AccountProblem expected) => Assert.Equal(expected, AccountRules.CheckPassword("nora.janssens", password));

    [Fact]
    public void CharactersAreCountedAsReadersSeeThem()
    {
        // "é" written as e + combining accent is one character to whoever typed it.
        var decomposed = string.Concat(Enumerable.Repeat("e\u0301", 11));
        Assert.Equal(AccountProblem.PasswordTooShort, AccountRules.CheckPassword("nora", decomposed));
        Assert.Equal(AccountProblem.None, AccountRules.CheckPassword("nora", decomposed + "e\u0301"));
    }

    [Fact]
    public void PasswordsHaveAnUpperBound() =>
        Assert.Equal(AccountProblem.PasswordTooLong, AccountRules.CheckPassword("nora", new string('x', AccountRules.MaximumPasswordLength + 1)));

    [Theory]
    [InlineData("nora", AccountProblem.None)]
    [InlineData("  nora  ", AccountProblem.None)]
    [InlineData("two words", AccountProblem.UserNameInvalid)]
    [InlineData("tab\tname", AccountProblem.UserNameInvalid)]
    [InlineData("", AccountProblem.UserNameInvalid)]
    [InlineData(null, AccountProblem.UserNameInvalid)]
    public void UserNameRule(string? name, AccountProblem expected) => Assert.Equal(expected, AccountRules.CheckUserName(name));
}
