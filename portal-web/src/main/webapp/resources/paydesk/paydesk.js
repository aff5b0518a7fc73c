// The phone-width menu: the toggle opens and closes it; choosing an entry closes it.
(function () {
    var toggle = document.getElementById('menu-toggle');
    var nav = document.getElementById('pd-nav');
    if (!toggle || !nav) {
        return;
    }
    toggle.addEventListener('click', function () {
        var open = nav.classList.toggle('pd-nav-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') {
            nav.classList.remove('pd-nav-open');
            toggle.setAttribute('aria-expanded', 'false');
        }
    });
})();
