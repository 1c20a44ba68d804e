import { useEffect, useRef } from 'react';
import { youTubeEmbedSrc, type YouTubeVideo } from '../utils/youTubeEmbed.ts';

/**
 * The privacy-enhanced YouTube player. Only ever built from a `toYouTubeEmbed` result, so no other
 * host can end up in the frame. The sandbox keeps what the player needs (its own scripts and
 * storage, fullscreen, "Watch on YouTube" popups) and nothing else, e.g. no top navigation.
 */
export function YouTubePlayer({ video, title }: { video: YouTubeVideo; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  // The Play button that was focused is gone; keep keyboard users where the video now is.
  useEffect(() => {
    frame.current?.focus();
  }, []);
  return (
    <iframe
      ref={frame}
      src={youTubeEmbedSrc(video)}
      title={title}
      className="aspect-video w-full border-0 bg-black"
      allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
      referrerPolicy="strict-origin-when-cross-origin"
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
      allowFullScreen
    />
  );
}
