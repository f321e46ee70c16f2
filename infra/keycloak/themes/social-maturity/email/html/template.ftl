<#-- The product's email layout: its name on top, one column, the product's colours; inline styles because
     mail clients drop style sheets. -->
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Social Maturity</title>
</head>
<body style="margin:0;padding:0;background:#f3f5f8;color:#1b1f24;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f3f5f8;">
  <tr><td align="center" style="padding:24px 12px;">
    <table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:560px;background:#ffffff;border:1px solid #c9d0d9;border-top:4px solid #1d4ed8;border-radius:8px;">
      <tr><td style="padding:20px 28px 0 28px;">
        <span style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border-radius:7px;background:#1d4ed8;color:#ffffff;font-weight:700;font-size:14px;vertical-align:middle;">SM</span>
        <span style="font-size:18px;font-weight:700;vertical-align:middle;margin-left:8px;">Social Maturity</span>
      </td></tr>
      <tr><td style="padding:8px 28px 28px 28px;font-size:16px;">
        <#nested>
      </td></tr>
    </table>
    <p style="max-width:560px;margin:12px auto 0;color:#4a5563;font-size:12px;">${msg("emailFooter")}</p>
  </td></tr>
</table>
</body>
</html>
</#macro>
