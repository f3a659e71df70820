# Telescope: frames flow capture -> calibrate -> stack through two queues with task_done/join. Bug: none.
import queue
import threading

raw = queue.Queue()
calibrated = queue.Queue()
dark = 3
stacked = []
calibrated_count = 0


def calibrate():
    global calibrated_count
    while True:
        frame = raw.get()
        if frame is None:
            calibrated.put(None)
            raw.task_done()
            return
        calibrated.put([max(px - dark, 0) for px in frame])
        calibrated_count += 1
        raw.task_done()


def stack():
    while True:
        frame = calibrated.get()
        if frame is None:
            calibrated.task_done()
            return
        stacked.append(sum(frame))
        calibrated.task_done()


stages = [threading.Thread(target=calibrate), threading.Thread(target=stack)]
for s in stages:
    s.start()
frames = [[5, 9, 2], [7, 1, 4], [10, 10, 10]]
for f in frames:
    raw.put(f)
raw.put(None)
raw.join()
calibrated.join()
for s in stages:
    s.join()

print(f"calibrated_count={calibrated_count} stacked={stacked} total={sum(stacked)}")
