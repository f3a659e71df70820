# Variant of p20 building the thread list with append; expected: H2O with semaphores and a Barrier; two H and one O bond per molecule, molecules == 2.
import threading

hydrogen_slots = threading.Semaphore(2)
oxygen_slots = threading.Semaphore(1)
bond = threading.Barrier(3)
atoms_bonded = 0
count_lock = threading.Lock()


def hydrogen():
    global atoms_bonded
    with hydrogen_slots:
        bond.wait()
        with count_lock:
            atoms_bonded += 1


def oxygen():
    global atoms_bonded
    with oxygen_slots:
        bond.wait()
        with count_lock:
            atoms_bonded += 1


def main():
    atoms = [threading.Thread(target=hydrogen) for _ in range(4)]
    oxygens = [threading.Thread(target=oxygen) for _ in range(2)]
    for o in oxygens:
        atoms.append(o)
    for a in atoms:
        a.start()
    for a in atoms:
        a.join()
    molecules = atoms_bonded // 3
    print(f"molecules: {molecules}")


if __name__ == "__main__":
    main()
