// Keeps the language of the page for the rest of the sign-in. The app asks for its language with ui_locales,
// but Keycloak ranks a language stored on the account above ui_locales once it knows who signs in (from the
// password page on). Sending the page's language as kc_locale with each form makes it the person's choice:
// the next pages keep it and Keycloak stores it on the account, so its emails follow the app's language too.
document.addEventListener('DOMContentLoaded', function () {
  var lang = document.documentElement.lang;
  if (!lang) return;
  document.querySelectorAll('form[action*="/login-actions/"]').forEach(function (form) {
    var url = new URL(form.getAttribute('action'), window.location.href);
    if (!url.searchParams.has('kc_locale')) {
      url.searchParams.set('kc_locale', lang);
      form.setAttribute('action', url.toString());
    }
  });
});
