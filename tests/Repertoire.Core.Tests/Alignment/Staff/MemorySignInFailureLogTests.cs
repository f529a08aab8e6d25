using Repertoire.Core.Alignment.Staff;

namespace Repertoire.Core.Tests.Alignment.Staff;

public sealed class MemorySignInFailureLogTests : SignInFailureLogBehaviour
{
    protected override (ISignInFailureLog First, ISignInFailureLog Second) OpenTwo()
    {
        var log = new MemorySignInFailureLog();
        return (log, log);
    }
}
