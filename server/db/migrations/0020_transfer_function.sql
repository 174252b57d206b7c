-- Hand-written (drizzle-kit generate cannot create functions; keep this file when regenerating the
-- schema migrations). Issue 17, the ledger mix: a transfer as one SQL function, called by
-- server/domain/ledger/ledger.ts `transfer()` inside the caller's transaction — the same three steps as
-- before, one round trip instead of three (an award or a redemption holds the fund row's lock throughout):
--   1. the transfer row goes in first (INSERT … ON CONFLICT DO NOTHING on transfers_idem_uq): a repeat
--      of the idempotency key finds the row and changes nothing ('repeat', with the first transfer's id);
--   2. the debit by a guarded UPDATE (an account that may not go negative keeps balance ≥ amount), or
--      'insufficient' — the row of step 1 stays in the transaction, and the caller throws so that the
--      whole transaction rolls back (as the three statements did);
--   3. the credit; 'no_account' if the account to credit does not exist (a bug: the caller throws).
-- Returns the two balances after the move, so callers need not read them again.
CREATE FUNCTION linli_transfer(
  p_community text, p_key text, p_unit text, p_from text, p_to text, p_amount bigint, p_code text,
  p_ref_type text, p_ref_id text, p_actor text, p_memo text, p_at timestamptz)
RETURNS TABLE (o_outcome text, o_id text, o_from_balance bigint, o_to_balance bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_id text;
  v_from bigint;
  v_to bigint;
BEGIN
  INSERT INTO transfers (community_id, idempotency_key, unit, from_account, to_account, amount, code, ref_type, ref_id,
                         actor_user_id, memo, created_at)
  VALUES (p_community, p_key, p_unit, p_from, p_to, p_amount, p_code, p_ref_type, p_ref_id, p_actor, p_memo,
          coalesce(p_at, now()))
  ON CONFLICT DO NOTHING
  RETURNING id INTO v_id;
  IF v_id IS NULL THEN
    SELECT t.id INTO v_id FROM transfers t WHERE t.community_id = p_community AND t.idempotency_key = p_key;
    RETURN QUERY SELECT 'repeat'::text, v_id, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;
  UPDATE accounts a SET balance = a.balance - p_amount
   WHERE a.community_id = p_community AND a.id = p_from AND a.unit = p_unit
     AND (a.may_go_negative OR a.balance >= p_amount)
  RETURNING a.balance INTO v_from;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'insufficient'::text, v_id, NULL::bigint, NULL::bigint;
    RETURN;
  END IF;
  UPDATE accounts a SET balance = a.balance + p_amount
   WHERE a.community_id = p_community AND a.id = p_to AND a.unit = p_unit
  RETURNING a.balance INTO v_to;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'no_account'::text, v_id, v_from, NULL::bigint;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'moved'::text, v_id, v_from, v_to;
END
$$;
