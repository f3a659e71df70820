# A multiprocessing Pool grades submissions with apply_async and a callback; one submission crashes the grader.
import multiprocessing as mp

SUBMISSIONS = {"ana": [3, 4, 5], "ben": [1, 1], "cho": [], "dev": [5, 5, 5, 4]}


def grade(student, marks):
    average = sum(marks) * 10 // len(marks)  # an empty list raises ZeroDivisionError
    return student, average


if __name__ == "__main__":
    grades = {}

    def record(r):
        grades[r[0]] = r[1]

    errors = []
    with mp.Pool(processes=2) as pool:
        pending = [
            pool.apply_async(grade, (student, marks), callback=record,
                             error_callback=lambda e: errors.append(type(e).__name__))
            for student, marks in sorted(SUBMISSIONS.items())
        ]
        for job in pending:
            job.wait()
        successes = sum(1 for job in pending if job.successful())
    best = max(grades, key=grades.get)
    print(f"grades={dict(sorted(grades.items()))} errors={errors} successes={successes} best={best}")
