# with contextlib.suppress(KeyError): del sessions[sid] — a missing key is ignored.
import contextlib
import threading

sessions = {"s1": 1}
done = 0


def logout(sid):
    global done
    with contextlib.suppress(KeyError):
        del sessions[sid]
    done += 1


ts = [threading.Thread(target=logout, args=("s1",)), threading.Thread(target=logout, args=("s9",))]
for t in ts:
    t.start()
for t in ts:
    t.join()
n = len(sessions)
print(n, done)
