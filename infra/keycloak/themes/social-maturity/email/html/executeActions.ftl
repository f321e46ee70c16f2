<#-- The invitation (the only use of Keycloak's execute-actions email in the product): who invited, to which
     company, what the product is, what to do, the link. The backend puts the inviter's name and the company in
     the admin-only user attributes invited_by and invited_to before sending. Without them (an account made
     elsewhere) it still says what the product is and what to do. -->
<#assign inviter = (user.attributes.invited_by)!"">
<#assign company = (user.attributes.invited_to)!"">
<#outputformat "plainText">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#sep></#items></#list></#if></#assign>
</#outputformat>
<#import "template.ftl" as layout>
<@layout.emailLayout>
<h1 style="font-size:22px;line-height:1.3;margin:16px 0;">
<#if inviter?has_content && company?has_content>${msg("invitationHeading", inviter, company)}<#elseif company?has_content>${msg("invitationHeadingCompany", company)}<#else>${msg("invitationHeadingPlain")}</#if>
</h1>
<p style="margin:0 0 16px 0;">${msg("invitationGreeting", (user.firstName)!"")}</p>
<p style="margin:0 0 16px 0;">${msg("invitationAbout")}</p>
<p style="margin:0 0 16px 0;">${msg("invitationWhatToDo", requiredActionsText)}</p>
<p style="margin:24px 0;"><a href="${link}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px;">${msg("invitationButton")}</a></p>
<p style="margin:0 0 16px 0;color:#4a5563;font-size:14px;">${msg("invitationLinkFallback")}<br><a href="${link}" style="color:#1d4ed8;word-break:break-all;">${link}</a></p>
<p style="margin:0 0 16px 0;color:#4a5563;font-size:14px;">${msg("invitationExpiry", linkExpirationFormatter(linkExpiration))}</p>
<p style="margin:0;color:#4a5563;font-size:14px;">${msg("invitationNotExpected")}</p>
</@layout.emailLayout>
