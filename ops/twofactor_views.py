"""Enrolment and verification pages for two-factor authentication (see ops/twofactor.py)."""

import base64
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ops.twofactor import RECOVERY_CODE_COUNT, requires_2fa, safe_next

RECOVERY_DEVICE_NAME = "Reservekoder"
NEW_CODES_SESSION_KEY = "ops_2fa_new_recovery_codes"
RECOVERY_ALPHABET = set("abcdefghijklmnopqrstuvwxyz234567")  # base32, as django-otp makes them


class TokenForm(forms.Form):
    token = forms.CharField(
        label="Engangskode (6 cifre)",
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_token(self):
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isdigit():
            raise forms.ValidationError("Koden består kun af cifre. Skriv de 6 cifre fra din godkendelses-app.")
        return token


class VerifyForm(forms.Form):
    """A code from the app (6 digits) or one of the recovery codes (8 letters and digits)."""

    token = forms.CharField(
        label="Engangskode fra appen eller en reservekode",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false",
                                      "autocapitalize": "off"}),
    )

    def clean_token(self):
        token = self.cleaned_data["token"].replace(" ", "").replace("-", "").lower()
        if token.isdigit() and len(token) == 6:
            return token
        if len(token) == 8 and set(token) <= RECOVERY_ALPHABET:
            return token
        raise forms.ValidationError(
            "Skriv de 6 cifre fra din godkendelses-app, eller en af dine reservekoder (8 tegn, fx 'k3mf q7xa')."
        )


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with a new set; the old ones stop working."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME,
                                                   defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__name=RECOVERY_DEVICE_NAME).count()


@never_cache
@login_required
def setup(request):
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Godkendelses-app", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            # Shown once, on the next page: the codes for the day the phone is lost.
            request.session[NEW_CODES_SESSION_KEY] = new_recovery_codes(user)
            next_url = safe_next(request, "")
            query = f"?{urlencode({'next': next_url})}" if next_url else ""
            return redirect(f"{reverse('ops_2fa_recovery')}{query}")
        form.add_error("token", "Koden passer ikke. Tjek at uret på din telefon er rigtigt, og prøv den nyeste kode.")
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#000", light="#fff")
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return render(
        request,
        "ops/2fa_setup.html",
        {
            "form": form,
            "qr_svg": mark_safe(qr_svg),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "required": requires_2fa(user),
            "next": safe_next(request, ""),
        },
    )


@never_cache
@login_required
def verify(request):
    form = VerifyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(safe_next(request, reverse("wagtailadmin_home")))
        form.add_error(
            "token",
            "Koden passer ikke eller er udløbet. Skriv den nyeste kode fra din app, eller en reservekode, "
            "du ikke har brugt før.",
        )
    return render(request, "ops/2fa_verify.html", {"form": form, "next": safe_next(request, "")})


@never_cache
@login_required
def recovery(request):
    """Show new recovery codes once (after enrolment or on request), and how many are left."""
    user = request.user
    if not user.is_verified():  # only after a code from the app (or a recovery code) this session
        return redirect(f"{reverse('ops_2fa_verify')}?{urlencode({'next': request.get_full_path()})}")
    if request.method == "POST":
        request.session[NEW_CODES_SESSION_KEY] = new_recovery_codes(user)
        return redirect(reverse("ops_2fa_recovery"))
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    return render(request, "ops/2fa_recovery.html", {
        "codes": [f"{code[:4]} {code[4:]}" for code in codes] if codes else None,
        "left": recovery_codes_left(user),
        "next": safe_next(request, reverse("wagtailadmin_home")),
    })
