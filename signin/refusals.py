"""What a reader is told when a sign-in through the municipality's login is refused. The codes are
also what the audit log records."""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "unknown_issuer": _("Svaret kom fra en login-tjeneste, som platformen ikke kender."),
    "municipality_not_set_up": _("Din kommune er endnu ikke sat op til at logge ind her. Kontakt din kommunes "
                                 "it-afdeling eller Nationalt Center for Forebyggelse af Ekstremisme."),
    "no_role": _("Din kommunes login giver dig ikke adgang til denne platform. Spørg din kommunes "
                 "it-afdeling, om du skal have adgang."),
    "invalid_response": _("Svaret fra login-tjenesten kunne ikke godkendes: det var ikke gyldigt, ikke korrekt "
                          "underskrevet, ikke til denne platform eller for gammelt."),
    "replayed": _("Svaret fra login-tjenesten er allerede brugt. Start forfra for at logge ind."),
    "missing_response": _("Der kom intet gyldigt svar fra login-tjenesten."),
    "account_conflict": _("Brugernavnet fra login-tjenesten tilhører en lokal konto og kan ikke bruges her."),
    "not_configured": _("Log ind med kommunens login er ikke sat op på platformen endnu."),
    "unknown_idp": _("Den valgte login-tjeneste findes ikke."),
}
STATUS = {"not_configured": 503}


def message(code: str) -> str:
    return MESSAGES.get(code, MESSAGES["invalid_response"])
