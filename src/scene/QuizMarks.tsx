// After a locate answer: where the student clicked, marked on the body, and a line from there to
// the true place (which the selection shows with its guide), so the distance said in cun can be seen.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useAtlas } from '../state/store.ts';
import { usePalette } from '../state/theme.ts';
import { FatSegments } from './FatSegments.tsx';

export function QuizMarks() {
  const palette = usePalette();
  const invalidate = useThree((s) => s.invalidate);
  const answered = useAtlas((s) => {
    const a = s.quiz?.answers[s.quiz.current];
    return a?.kind === 'locate' ? a : null;
  });
  const line = useMemo(() => (answered ? new Float32Array([...answered.click, ...answered.truth.position]) : null), [answered]);
  useEffect(() => invalidate(), [answered, palette, invalidate]);
  if (!answered || !line) return null;
  return (
    <group name="quiz-answer" renderOrder={23}>
      <FatSegments positions={line} color={palette.accent} width={2} depthTest={false} opacity={0.8} renderOrder={23} />
      <mesh position={answered.click} renderOrder={24}>
        <sphereGeometry args={[0.005, 12, 8]} />
        <meshBasicMaterial color={palette.accent} depthTest={false} />
      </mesh>
    </group>
  );
}
