// The short-link page's redirect: a file (not inline, for the site's Content-Security-Policy), loaded
// blocking before the meta refresh so it goes first and keeps the #section anchor, which a meta refresh drops.
var target = document.querySelector('meta[name="kb-permalink"]');
if (target) location.replace(target.content + location.search + location.hash);
