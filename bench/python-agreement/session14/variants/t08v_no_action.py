# Expected: phases == 2 and every worker finished both steps (steps == [2, 2, 2]); no bug
# Variant of t08_barrier_phases.py: Barrier action replaced by worker 0 calling on_phase_done after each wait
import threading

N = 3
phases = 0
steps = [0] * N


def on_phase_done():
    global phases
    phases += 1
    print(f"--- phase {phases} done ---")


barrier = threading.Barrier(N)
phase_lock = threading.Lock()


def worker(idx):
    for step in range(2):
        steps[idx] += 1
        barrier.wait()
        if idx == 0:
            with phase_lock:
                on_phase_done()


def main():
    workers = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(N)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"phases={phases} steps={steps}")


if __name__ == "__main__":
    main()
