// Preprocessor/lexer: digraphs <: :> <% %> %: %:%: (C17 6.4.6p3).
// expect-exit: 0
// expect-stdout:
// | 5
// | <:
%:include <stdio.h>
%:define CAT(a, b) a %:%: b
%:define STR(x) %:x
int main(void) <%
    int arr<:3:> = <% 1, 2, 3 %>;
    int CAT(my, var) = arr<:1:> + arr<:2:>;
    printf("%d\n", myvar);
    puts(STR(<:));
    return 0;
%>
