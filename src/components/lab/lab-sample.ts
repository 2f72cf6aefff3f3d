// The program the lab opens with when its URL carries none (and what the page shows with
// JavaScript off): a recursion for the stack and an alias for the heap, in a dozen steps.
export const LAB_SAMPLE = `def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

nums = [1, 2, 3]
same = nums
same.append(factorial(3))
print(nums)
`;
