-- Hand-written (drizzle-kit generate cannot create functions; keep this file when regenerating the
-- schema migrations). Issue 17: the sign-up's reads move into linli_signup, so the rush path is
-- claim · linli_signup · notices-with-reply · COMMIT instead of claim · event read · linli_signup ·
-- notice · reminder · reply · COMMIT (two fewer round trips while the event row is locked).
--
-- linli_signup(community, event, user, party, remind, proxy_by, at) now also returns what the caller
-- checks the sign-up against — the event row (to_jsonb, mapped back by events.repository
-- `eventFromJson`), the person's birth year and estate — and never decides eligibility itself beyond
-- what it always guarded (published, inside the sign-up window). The rules in words live once, in
-- server/domain/events/eligibility.ts: when they refuse, the caller throws and the router rolls the
-- whole transaction back, this function's writes included. Outcomes:
--   'not_found'  no such event (nothing locked, nothing written);
--   'closed'     not published or outside the sign-up window (locked, nothing written);
--   'already'    the person holds an active registration for it (locked, nothing written; the unique
--                index registrations_active_uq stays the backstop for a race);
--   'registered' confirmed with seats (freed numbers first) or waitlisted with number and position;
--   'full'       no seat and no waiting list.
-- The seat work is unchanged from 0015 (lock order: the event row first).
DROP FUNCTION IF EXISTS linli_signup(text, text, text, integer, boolean, text, timestamptz);
--> statement-breakpoint
CREATE FUNCTION linli_signup(
  p_community text, p_event text, p_user text, p_party integer, p_remind boolean, p_proxy_by text, p_at timestamptz)
RETURNS TABLE (o_outcome text, o_id text, o_status text, o_seat_nos integer[], o_waitlist_seq integer,
               o_position integer, o_event jsonb, o_birth_year integer, o_estate_id text)
LANGUAGE plpgsql AS $$
DECLARE
  e events%ROWTYPE;
  v_event jsonb;
  v_birth integer;
  v_estate text;
  v_seats integer[];
  v_need integer;
  v_seq integer;
  v_id text;
BEGIN
  SELECT * INTO e FROM events ev WHERE ev.community_id = p_community AND ev.id = p_event FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'not_found'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer,
      NULL::jsonb, NULL::integer, NULL::text;
    RETURN;
  END IF;
  v_event := to_jsonb(e);
  SELECT u.birth_year INTO v_birth FROM users u WHERE u.id = p_user;
  SELECT m.estate_id INTO v_estate FROM members m WHERE m.community_id = p_community AND m.user_id = p_user;

  IF e.status <> 'published' OR e.signup_opens_at > p_at OR e.signup_closes_at <= p_at THEN
    RETURN QUERY SELECT 'closed'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer,
      v_event, v_birth, v_estate;
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM registrations r
              WHERE r.community_id = p_community AND r.event_id = p_event AND r.user_id = p_user
                AND r.status <> 'cancelled') THEN
    RETURN QUERY SELECT 'already'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer,
      v_event, v_birth, v_estate;
    RETURN;
  END IF;

  IF e.seats_taken + p_party <= e.capacity THEN
    IF e.seat_hwm > e.seats_taken THEN
      WITH reused AS (
        DELETE FROM event_free_seats f
         WHERE f.community_id = p_community AND f.event_id = p_event
           AND f.seat_no IN (SELECT g.seat_no FROM event_free_seats g
                              WHERE g.community_id = p_community AND g.event_id = p_event
                              ORDER BY g.seat_no LIMIT p_party)
        RETURNING f.seat_no)
      SELECT coalesce(array_agg(r.seat_no ORDER BY r.seat_no), '{}'::integer[]) INTO v_seats FROM reused r;
    ELSE
      v_seats := '{}'::integer[];
    END IF;
    v_need := p_party - cardinality(v_seats);
    v_seats := v_seats || ARRAY(SELECT generate_series(e.seat_hwm + 1, e.seat_hwm + v_need));
    UPDATE events SET seats_taken = seats_taken + p_party, seat_hwm = seat_hwm + v_need
     WHERE community_id = p_community AND id = p_event;
    INSERT INTO registrations (community_id, event_id, user_id, party_size, remind, proxy_by, status, seat_no, seat_nos)
    VALUES (p_community, p_event, p_user, p_party, p_remind, p_proxy_by, 'confirmed', v_seats[1], to_jsonb(v_seats))
    RETURNING id INTO v_id;
    RETURN QUERY SELECT 'registered'::text, v_id, 'confirmed'::text, v_seats, NULL::integer, NULL::integer,
      v_event, v_birth, v_estate;
  ELSIF e.waitlist_enabled THEN
    v_seq := e.waitlist_seq + 1;
    UPDATE events SET waitlist_seq = v_seq WHERE community_id = p_community AND id = p_event;
    INSERT INTO registrations (community_id, event_id, user_id, party_size, remind, proxy_by, status, waitlist_seq)
    VALUES (p_community, p_event, p_user, p_party, p_remind, p_proxy_by, 'waitlisted', v_seq)
    RETURNING id INTO v_id;
    RETURN QUERY SELECT 'registered'::text, v_id, 'waitlisted'::text, '{}'::integer[], v_seq, v_seq - e.waitlist_left,
      v_event, v_birth, v_estate;
  ELSE
    RETURN QUERY SELECT 'full'::text, NULL::text, NULL::text, NULL::integer[], NULL::integer, NULL::integer,
      v_event, v_birth, v_estate;
  END IF;
END
$$;
