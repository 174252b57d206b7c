-- Hand-written (drizzle-kit generate cannot create functions): the one statement of
-- server/domain/notify/notify.ts `notify()` as a PL/pgSQL function, so its plan is prepared once per
-- connection instead of parsed and planned on every notice (PGlite cannot prepare statements from the
-- client; its profile showed this statement as the largest part of a sign-up). Keep this file when
-- regenerating the schema migrations. Same writes as before, in the caller's transaction:
-- the inbox row; then, only if it was new, the WeChat row when a consent of the kind was spent
-- (guarded UPDATE … WHERE remaining > 0), the SMS row for a person without WeChat who has a phone and
-- did not opt out, and the copies for relatives who asked for them.
CREATE OR REPLACE FUNCTION linli_notify(
  p_community text, p_user text, p_kind text, p_title text, p_body text, p_link text,
  p_payload jsonb, p_send_payload jsonb, p_dedupe text, p_at timestamptz, p_wechat boolean, p_sms boolean)
RETURNS TABLE (o_id text, o_channels text[], o_copies integer)
LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
  WITH n AS (
      INSERT INTO inbox (community_id, user_id, kind, title, body, link, payload, dedupe_key, visible_at)
      VALUES (p_community, p_user, p_kind, p_title, p_body, p_link, p_payload, p_dedupe, p_at)
      ON CONFLICT DO NOTHING
      RETURNING inbox.id),
    u AS (
      SELECT x.openid, x.phone, coalesce(x.name, x.nickname) AS name,
        exists (SELECT 1 FROM sms_opt_outs s WHERE s.phone = x.phone) AS opted_out
      FROM users x WHERE x.id = p_user AND exists (SELECT 1 FROM n)),
    spent AS (
      UPDATE notice_consents c SET remaining = c.remaining - 1, updated_at = now()
      WHERE p_wechat AND c.community_id = p_community AND c.user_id = p_user AND c.kind = p_kind
        AND c.remaining > 0
        AND exists (SELECT 1 FROM u WHERE NOT (u.openid LIKE 'offline:%' OR u.openid LIKE 'deleted:%'))
      RETURNING 1),
    sent AS (
      INSERT INTO outbox (community_id, kind, channel, notice_id, user_id, payload, dedupe_key, send_after)
      SELECT p_community, p_kind, 'wechat', n.id, p_user, p_send_payload, p_dedupe, p_at
      FROM n WHERE exists (SELECT 1 FROM spent)
      UNION ALL
      SELECT p_community, p_kind, 'sms', n.id, p_user, p_send_payload, p_dedupe, p_at
      FROM n, u WHERE p_sms AND (u.openid LIKE 'offline:%' OR u.openid LIKE 'deleted:%')
        AND u.phone IS NOT NULL AND u.phone <> '' AND NOT u.opted_out
      ON CONFLICT DO NOTHING
      RETURNING outbox.channel),
    copies AS (
      INSERT INTO inbox (community_id, user_id, kind, title, body, link, payload, dedupe_key, visible_at)
      SELECT p_community, l.helper_id, p_kind, '【' || u.name || '】' || p_title, p_body, p_link,
        p_payload || jsonb_build_object('forUserId', p_user, 'forName', u.name),
        'copy:' || p_user || ':' || p_dedupe, p_at
      FROM family_links l JOIN users h ON h.id = l.helper_id, u
      WHERE l.community_id = p_community AND l.elder_id = p_user AND l.copy_notices
        AND h.openid NOT LIKE 'deleted:%'
      ON CONFLICT DO NOTHING
      RETURNING 1)
  SELECT (SELECT n.id FROM n), array(SELECT sent.channel FROM sent), (SELECT count(*)::integer FROM copies);
END
$$;
