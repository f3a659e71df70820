"""A reader counts the distinct users in a snapshot of a shared log, which two writers fill under a lock.

The set comprehension is read only by `len` and `in`, which do not depend on the set's order."""
import threading

log = []
log_lock = threading.Lock()
distinct_counts = []
saw_bob = []


def write(user, times):
    for n in range(times):
        with log_lock:
            log.append((user, n))


def read():
    for _ in range(2):
        with log_lock:
            snapshot = list(log)
        users = {user for user, _ in snapshot}
        distinct_counts.append(len(users))
        saw_bob.append(1 if "bob" in users else 0)


writers = [threading.Thread(target=write, args=(name, 2)) for name in ("alice", "bob")]
reader = threading.Thread(target=read)
for w in writers:
    w.start()
reader.start()
for w in writers:
    w.join()
reader.join()
final_users = len({user for user, _ in log})
print(distinct_counts, saw_bob, final_users)
