"""Enrolment and verification pages for two-factor authentication (see ops/twofactor.py)."""

import base64

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from ops.twofactor import requires_2fa, safe_next


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
            return redirect(safe_next(request, reverse("wagtailadmin_home")))
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
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(safe_next(request, reverse("wagtailadmin_home")))
        form.add_error("token", "Koden passer ikke eller er udløbet. Skriv den nyeste kode fra din app.")
    return render(request, "ops/2fa_verify.html", {"form": form, "next": safe_next(request, "")})
