"""Each user's actions from a dict display of lists, one thread per user; a shared tally under a lock."""
import threading

tally_lock = threading.Lock()
done = {}
steps = []


def run_user(user, actions):
    for action in actions:
        with tally_lock:
            steps.append(f"{user}:{action}")
    with tally_lock:
        done[user] = len(actions)


if __name__ == "__main__":
    plan = {"ann": ["read", "write"], "ben": ["read"], "cid": ["delete", "read", "write"], "ann": ["audit"]}
    workers = [threading.Thread(target=run_user, args=(user, actions)) for user, actions in sorted(plan.items())]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    first = steps[0]
    print(len(steps), done, first)
