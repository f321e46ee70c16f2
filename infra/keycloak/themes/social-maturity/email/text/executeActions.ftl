<#ftl output_format="plainText">
<#-- The plain-text invitation: the same content as html/executeActions.ftl. -->
<#assign inviter = (user.attributes.invited_by)!"">
<#assign company = (user.attributes.invited_to)!"">
<#assign requiredActionsText><#if requiredActions??><#list requiredActions><#items as reqActionItem>${msg("requiredAction.${reqActionItem}")}<#sep>, </#items></#list></#if></#assign>
<#if inviter?has_content && company?has_content>${msg("invitationHeading", inviter, company)}<#elseif company?has_content>${msg("invitationHeadingCompany", company)}<#else>${msg("invitationHeadingPlain")}</#if>

${msg("invitationGreeting", (user.firstName)!"")}

${msg("invitationAbout")}

${msg("invitationWhatToDo", requiredActionsText)}

${msg("invitationButton")}: ${link}

${msg("invitationExpiry", linkExpirationFormatter(linkExpiration))}

${msg("invitationNotExpected")}

--
${msg("emailFooter")}
