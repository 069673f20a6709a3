namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>What on the page could move without being asked: animations, transitions, smooth scrolling.</summary>
public static class Motion
{
    /// <summary>Lists every element (or its ::before/::after) with an animation, a transition longer than 0s, or smooth scrolling.</summary>
    public const string Script = """
        () => {
          const found = [];
          for (const el of document.querySelectorAll('*')) {
            for (const pseudo of [null, '::before', '::after']) {
              const style = getComputedStyle(el, pseudo);
              const name = `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''}${pseudo ?? ''}`;
              if (style.animationName !== 'none') found.push(`${name}: animation ${style.animationName}`);
              if (style.transitionDuration.split(',').some(d => parseFloat(d) > 0)) found.push(`${name}: transition ${style.transitionProperty} ${style.transitionDuration}`);
              if (style.scrollBehavior === 'smooth') found.push(`${name}: smooth scrolling`);
            }
          }
          return found;
        }
        """;
}
