"""Prints the markdown table of the 40 programs from the results below (hand-collected from
s32probe.import.err, agree.txt and explore.txt)."""
# program: (bug?, first refusal or "", agree verdict of the program or of its first variant that imports, bug found?)
ROWS = [
    ("t01_elevator", "", "", "agree (vacuous); t01_g agree (weft 8, CPython 2)", ""),
    ("t02_seat_holds", "BUG", "", "agree (weft 8 in a 20ms window, CPython 2)", "yes: seat 7 booked twice"),
    ("t03_lru_cache", "", "", "agree (vacuous); t03_g agree (8 / 1)", ""),
    ("t04_singleton", "BUG", "24:25 instance made inside an `if`", "v1 refused (`len(set(seen))`); v2 agree (3 / 1)", "v2: yes, 1 to 3 pools"),
    ("t05_matmul", "", "18:18 a list stored into a list's item", "v1 agree (vacuous)", ""),
    ("t06_life_barrier", "", "23:27 a list of lists indexed by a run-time row", "v1 refused (same); v2 (one flat list) agree", ""),
    ("t07_transfer_deadlock", "BUG", "32:5 `join(timeout)` of a function that returns early", "v1 agree (vacuous)", "v1: yes, both threads stuck (70/30, empty log)"),
    ("t08_thread_pool", "", "29:25 `fn(*args)` of a task tuple's function", "v1 refused (same)", ""),
    ("t09_lost_wakeup", "BUG", "", "agree (5 / 1)", "yes: 'timed out'"),
    ("t10_print_spooler", "", "", "agree (2, incomplete / 1)", ""),
    ("t11_sensor_window", "BUG", "", "agree (938 / 1)", "yes: over-full reports"),
    ("t12_config_order", "BUG", "", "**MISS** (1, complete / 1): `setattr` dropped (r01); v1 agree (16 / 1)", "only through the dropped `setattr`; v1: yes"),
    ("q01_crawler", "", "26:25 `LINKS.get(url, [])` of a dict of lists", "v1 agree (64 / 1)", ""),
    ("q02_crawler_race", "BUG", "26:17 `seen.add(link)` of a set", "v1 (a dict as the set) agree (2 / 1)", "v1: yes, 'deals' fetched twice"),
    ("q03_pipeline", "", "", "agree (1 / 1)", ""),
    ("q04_bounded_timeouts", "", "", "agree (14 in a 20ms window / 2)", ""),
    ("q05_empty_then_get", "BUG", "", "agree (6 / 1)", "yes: a worker dies of queue.Empty"),
    ("q06_order_book", "", "47:15 `match(*order)`", "v1 refused (`book` bound on one path)", ""),
    ("f01_price_lookup", "", "17:12 a list returned whole", "v1 agree", ""),
    ("f02_health_checks", "", "6:70 a dict of floats with a None", "v1 agree (3 / 1)", ""),
    ("f03_hit_counter", "BUG", "20:16 a set comprehension of results", "v1 refused (`set([...])`); v2 agree (8, incomplete / 1)", "v2: yes, views lost"),
    ("f04_process_wordcount", "", "16:12 a dict returned whole", "v1 refused (`.items()`); v2 refused (wrong name `filtered`)", ""),
    ("f05_first_mirror", "", "16:18 `next(iter(done))`", "v1 refused (list of a set); v2 refused (`.items()` of a dict of futures)", ""),
    ("f06_done_callbacks", "", "27:22 a dict of tuples", "v1 agree", ""),
    ("f07_nested_submit", "BUG", "", "agree (1 / 1)", "yes (CPython's every run too): 'timed out'"),
    ("f08_batch_retry", "", "24:12 lists returned in a tuple", "v1 refused (same); v2 refused (a shared list walked at import time); v3 (the retry batch written out) agree (1 / 1)", ""),
    ("a01_rate_limited_client", "", "", "agree (1, incomplete / 1)", ""),
    ("a02_pubsub", "", "13:34 an asyncio.Queue stored in a dict", "v1, v2, v3 refused (queues in a list, a dict, an attribute)", ""),
    ("a03_wallet_race", "BUG", "", "agree (vacuous); a03_g agree (2 / 1)", "yes: both withdrawals paid, 120 of 100"),
    ("a04_to_thread_mix", "", "41:9 `loop.run_in_executor`", "v1 (`to_thread`) agree", ""),
    ("a05_timeouts_cancel", "", "", "agree (2 / 1)", ""),
    ("a06_event_cleared", "BUG", "13:24 `.pop()` in a conditional expression", "v1 agree (vacuous)", "v1: yes, 'late' missed"),
    ("a07_taskgroup", "", "27:5 `except*` splitting by class", "v1 (`except* Exception`) agree (2 / 1)", ""),
    ("a08_queue_workers", "", "", "agree (vacuous); a08_g agree (54 / 2)", ""),
    ("a09_cache_stampede", "BUG", "", "agree (1 / 1)", "yes: two backend calls for 'profile'"),
    ("a10_async_condition", "", "", "agree (vacuous); a10_g agree (3 / 1)", ""),
    ("m01_pool_wordcount", "", "15:12 a dict returned whole", "v1 refused (`.items()`); v2 refused (wrong name `filtered`)", ""),
    ("m02_process_queue", "", "16:20 `dict(generator)`", "v1 refused (list comprehension); v2 agree (vacuous)", ""),
    ("m03_shared_value", "BUG", "", "agree (vacuous); m03_g agree (52, incomplete / 1)", "yes: sold 49 to 99 listed"),
    ("m04_apply_async", "", "25:45 `apply_async` arguments in a name", "v1 refused (`successful()`); v2 agree (2 / 2)", ""),
]
print("| program | bug | imports as written? | agree.py (weft's outcomes / CPython's states) | bug found? |")
print("|---|---|---|---|---|")
for name, bug, refusal, verdict, found in ROWS:
    imports = "yes" if not refusal else "refused " + refusal
    print(f"| {name} | {bug} | {imports} | {verdict} | {found} |")
