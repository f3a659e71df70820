import threading
import time
state = {'v': 0}
snaps = []
def writer():
    for i in range(1, 3):
        state['v'] = i
        time.sleep(0)
def reader():
    for _ in range(2):
        snap = state.copy()
        snaps.append(snap['v'])
        time.sleep(0)
ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(snaps)
