using Taxonomy.Api.Caching;

namespace Taxonomy.Api.Tests;

public sealed class CacheAdmissionTests
{
    [Fact]
    public void AnAnswerIsKeptWhenItIsMadeASecondTime()
    {
        var admission = new CacheAdmission(rememberedKeys: 10);

        Assert.False(admission.Admits("a"));
        Assert.False(admission.Admits("b"));
        Assert.True(admission.Admits("a"));
        Assert.True(admission.Admits("b"));
    }

    [Fact]
    public void OnceKeptAKeyMustBeSeenTwiceAgain()
    {
        // The cache holds it now; should the cache drop it, one more request alone does not bring it back.
        var admission = new CacheAdmission(rememberedKeys: 10);
        admission.Admits("a");
        admission.Admits("a");

        Assert.False(admission.Admits("a"));
        Assert.True(admission.Admits("a"));
    }

    [Fact]
    public void KeysSeenOnceAreForgottenPastTheBound()
    {
        var admission = new CacheAdmission(rememberedKeys: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            Assert.False(admission.Admits(key));
        }

        Assert.False(admission.Admits("a"));
        Assert.True(admission.Admits("d"));
    }

    [Fact]
    public void AnAnswerWaitedForByAnotherRequestIsKeptTheFirstTimeItIsMade()
    {
        var admission = new CacheAdmission(rememberedKeys: 10);
        admission.Saw("a");
        admission.Saw("a");

        Assert.True(admission.Admits("a"));
        Assert.False(admission.Admits("b"));
    }
}
