"""Worker processes grade exams and put results on a multiprocessing.Queue; the parent collects them."""
import multiprocessing


def grade(student, scores, results):
    average = sum(scores) // len(scores)
    letter = "A" if average >= 90 else "B" if average >= 80 else "C"
    results.put((student, average, letter))


if __name__ == "__main__":
    exams = {"kim": [95, 88, 92], "lee": [70, 85, 80], "max": [60, 75, 72]}
    results = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=grade, args=(s, sc, results)) for s, sc in exams.items()]
    for w in workers:
        w.start()
    collected = [results.get() for _ in workers]
    for w in workers:
        w.join()
    for student, average, letter in sorted(collected):
        print(f"{student}: {average} {letter}")
    print("class average:", sum(a for _, a, _ in collected) // len(collected))
